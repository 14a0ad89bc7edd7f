# grad_epochs.gp - each hidden layer's speed of learning, ||dL/db|| over
# 1000 training images, after every epoch of training a 784-30-30-30-30-10
# network (claim P5): sigmoid with Nielsen's initialisation (left), ReLU
# with He's (middle), both on one logarithmic scale, and the two networks'
# test accuracy (right: sigmoid open squares on a solid line, ReLU filled
# circles on a dotted one). Layer 1 is the first after the input; the
# layers differ by dash pattern and point, not only by colour.
eval figsize(7.5)
# In print, text at 0.8 of style.gp's 11 pt (its pdfcairo terminal sets
# text at half size), and butt line ends with dashes twice as long, so
# that the dash patterns stay visible. The web's SVG keeps style.gp's.
if (fmt eq "pdf") {
    set terminal pdfcairo fontscale 0.8 butt dashlength 2
}
set output outfile
# The panels' edges, as fractions of the page; gnuplot drops a title or
# label for which a fixed margin leaves too little room, hence these.
# The third panel's left edge leaves room for its tick labels and its
# axis label, which must not meet.
panel(l, r) = sprintf("set lmargin at screen %g; set rmargin at screen %g;" \
                      . " set tmargin at screen 0.86;" \
                      . " set bmargin at screen 0.25", l, r)
set multiplot
set xlabel "epoch"
set xtics 5
set mxtics 5
set logscale y
set yrange [1e-5:1e5]
set ytics 1e-4, 100
set format y "10^{%L}"
set ylabel "||dL/db|| of the layer"
# The layers' key, above the sigmoid's lines (the scale leaves room).
set key top right samplen 1.5 width 0
eval panel(0.12, 0.37)
set title "sigmoid"
plot datadir."/grad_epochs.tsv" using "epoch":"sigmoid_4" \
         with linespoints lt 1 pt 7 ps 0.5 title "layer 4", \
     "" using "epoch":"sigmoid_3" \
         with linespoints lt 2 pt 5 ps 0.5 title "layer 3", \
     "" using "epoch":"sigmoid_2" \
         with linespoints lt 3 pt 9 ps 0.6 title "layer 2", \
     "" using "epoch":"sigmoid_1" \
         with linespoints lt 4 pt 6 ps 0.5 title "layer 1"
unset ylabel
set format y ""
unset key
eval panel(0.41, 0.66)
set title "ReLU + He"
plot datadir."/grad_epochs.tsv" using "epoch":"relu_4" \
         with linespoints lt 1 pt 7 ps 0.5, \
     "" using "epoch":"relu_3" with linespoints lt 2 pt 5 ps 0.5, \
     "" using "epoch":"relu_2" with linespoints lt 3 pt 9 ps 0.6, \
     "" using "epoch":"relu_1" with linespoints lt 4 pt 6 ps 0.5
unset logscale y
set format y "%g"
set yrange [0:100]
set ytics 20
set ylabel "test accuracy (%)"
set title "both networks"
# No key: wherever it went, the sigmoid network's line crosses it in one
# run or another; the caption tells the two lines apart.
unset key
eval panel(0.82, 0.97)
plot datadir."/grad_epochs.tsv" using "epoch":"sigmoid_acc" \
         with linespoints lt 7 pt 4 ps 0.5 title "sigmoid", \
     "" using "epoch":"relu_acc" \
         with linespoints lt 8 pt 7 ps 0.5 title "ReLU"
unset multiplot
