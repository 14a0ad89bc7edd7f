# dead.gp - the percentage of dead hidden units (pre-activation <= 0 on
# every training image) after one epoch, against the learning rate, for
# ReLU and leaky ReLU (claim P7). A run that diverged has no point.
# In print, text at 0.8 of style.gp's 11 pt (its pdfcairo terminal sets
# text at half size), and butt line ends with dashes twice as long, so
# that the dash patterns stay visible. The web's SVG keeps style.gp's.
if (fmt eq "pdf") {
    set terminal pdfcairo fontscale 0.8 butt dashlength 2
}
set output outfile
set xlabel "learning rate"
set ylabel "dead hidden units (%)"
set logscale x
set xrange [0.07:4.5]
set xtics ("0.1" 0.1, "0.3" 0.3, "1" 1, "3" 3)
set yrange [-5:105]
set ytics 25
set key top left width 1
plot datadir."/dead.tsv" using "lr":"relu_pct" \
    with linespoints lt 1 pt 7 ps 0.6 title "ReLU", \
     "" using "lr":"leaky_pct" \
         with linespoints lt 2 pt 5 ps 0.6 title "leaky ReLU"
