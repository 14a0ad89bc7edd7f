# grad.gp - the norm of the gradient reaching each hidden layer of a
# 784-30-30-30-30-10 network (claim P5): sigmoid with Nielsen's
# initialisation against ReLU with He's, at initialisation and after
# training. Layer 1 is the first after the input.
# In print, text at 0.8 of style.gp's 11 pt (its pdfcairo terminal sets
# text at half size), and butt line ends with dashes twice as long, so
# that the dash patterns stay visible. The web's SVG keeps style.gp's.
if (fmt eq "pdf") {
    set terminal pdfcairo fontscale 0.8 butt dashlength 2
}
set output outfile
set xlabel "hidden layer"
set ylabel "||dL/db|| of the layer"
set logscale y
set yrange [1e-5:1]
set format y "10^{%L}"
set xrange [0.8:4.2]
set xtics 1
set key outside right top width 1
plot datadir."/grad.tsv" using "layer":"sigmoid_init" \
    with linespoints lt 2 pt 5 ps 0.6 title "sigmoid, at init", \
     "" using "layer":"sigmoid_end" \
         with linespoints lt 6 pt 4 ps 0.6 title "sigmoid, trained", \
     "" using "layer":"relu_init" \
         with linespoints lt 1 pt 7 ps 0.6 title "ReLU + He, at init", \
     "" using "layer":"relu_end" \
         with linespoints lt 3 pt 6 ps 0.6 title "ReLU + He, trained"
