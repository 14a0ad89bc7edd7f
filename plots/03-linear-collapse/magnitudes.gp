# magnitudes.gp - the size (rms) of the values after each layer of four
# stacks that share their input (claim N8): linear layers that multiply
# sizes by about gain, or by 1 / gain, and sigmoid and tanh layers with
# the same weights as the growing linear stack.
set xlabel "layer"
set ylabel "rms of the values"
set logscale y
set format y "10^{%L}"
set autoscale xfix
set key top left maxrows 2 width -2
plot datadir."/magnitudes.tsv" using "layer":"linear_up" with linespoints \
         lt 2 pt 7 ps 0.4 title "linear, growing", \
     "" using "layer":"linear_down" with linespoints lt 4 pt 7 ps 0.4 \
         title "linear, shrinking", \
     "" using "layer":"sigmoid" with linespoints lt 1 pt 7 ps 0.4 \
         title "sigmoid", \
     "" using "layer":"tanh" with linespoints lt 3 pt 7 ps 0.4 \
         title "tanh"
