# grad.gp - the norm of the gradient reaching each hidden layer of a
# 784-30-30-30-30-10 network (claim P5): sigmoid with Nielsen's
# initialisation against ReLU with He's, at initialisation and after
# training. Layer 1 is the first after the input.
set xlabel "hidden layer"
set ylabel "||dL/db|| of the layer"
set logscale y
set format y "10^{%L}"
set xrange [0.8:4.2]
set xtics 1
set key bottom right
plot datadir."/grad.tsv" using "layer":"sigmoid_init" \
    with linespoints lt 2 pt 5 ps 0.6 title "sigmoid, at init", \
     "" using "layer":"sigmoid_end" \
         with linespoints lt 6 pt 4 ps 0.6 title "sigmoid, trained", \
     "" using "layer":"relu_init" \
         with linespoints lt 1 pt 7 ps 0.6 title "ReLU + He, at init", \
     "" using "layer":"relu_end" \
         with linespoints lt 3 pt 6 ps 0.6 title "ReLU + He, trained"
