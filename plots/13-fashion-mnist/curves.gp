# curves.gp - test loss and test accuracy per epoch (median over the
# seeds) of the linear models and the one-hidden-layer networks (P3, P4),
# from the first epoch on (before it, every model is at chance).
# One key, right of the panels; the models differ by dash pattern as well
# as colour, and the two solid lines also by points (softmax regression's
# open circles).
# In print, text at 0.8 of style.gp's 11 pt (its pdfcairo terminal sets
# text at half size), and butt line ends with dashes twice as long, so
# that the dash patterns stay visible. The web's SVG keeps style.gp's.
if (fmt eq "pdf") {
    set terminal pdfcairo fontscale 0.8 butt dashlength 2
}
set output outfile
# The panels' left and right edges as fractions of the page, the key in
# the room right of them (it is opaque: it must not reach the panel).
panel(l, r) = sprintf("set lmargin at screen %g; set rmargin at screen %g", \
                     l, r)
set multiplot
set xlabel "epoch"
set xtics 1, 2
set ylabel "test loss (cross-entropy)"
set xrange [1:*]
set autoscale xfixmax
set yrange [0.3:0.8]
unset key
eval panel(0.125, 0.41)
plot datadir."/curves.tsv" using "epoch":"loss_lin1" \
    with linespoints lt 7 pt 6 ps 0.5 title "softmax", \
     "" using "epoch":"loss_lin2" with lines lt 8 title "linear 2", \
     "" using "epoch":"loss_lin8" with lines lt 4 title "linear 8", \
     "" using "epoch":"loss_sigmoid" with lines lt 3 title "sigmoid", \
     "" using "epoch":"loss_tanh" with lines lt 2 title "tanh", \
     "" using "epoch":"loss_relu" with lines lt 1 title "ReLU"
set ylabel "test accuracy (%)"
set yrange [70:90]
set key at screen 0.995, graph 1 right top samplen 2 width 1
eval panel(0.53, 0.78)
plot datadir."/curves.tsv" using "epoch":"acc_lin1" \
    with linespoints lt 7 pt 6 ps 0.5 title "softmax", \
     "" using "epoch":"acc_lin2" with lines lt 8 title "linear 2", \
     "" using "epoch":"acc_lin8" with lines lt 4 title "linear 8", \
     "" using "epoch":"acc_sigmoid" with lines lt 3 title "sigmoid", \
     "" using "epoch":"acc_tanh" with lines lt 2 title "tanh", \
     "" using "epoch":"acc_relu" with lines lt 1 title "ReLU"
unset multiplot
