# accuracy.gp - the perceptron's accuracy at the end of each epoch, the
# pocket's best so far, and the ceiling no line can pass (claim N2).
# In print, text at 0.8 of style.gp's 11 pt (its pdfcairo terminal sets
# text at half size), and butt line ends with dashes twice as long, so
# that the dash patterns stay visible (round ends fill short gaps). The
# web's SVG keeps style.gp's.
if (fmt eq "pdf") {
    set terminal pdfcairo fontscale 0.8 butt dashlength 2
}
set output outfile
set xlabel "epoch"
set ylabel "accuracy (%)"
set yrange [0:140]
set ytics 0, 25, 100
set autoscale xfix
# The key in one row above 100 %, where no curve goes.
set key top left horizontal Left reverse width -1 samplen 2 maxrows 1
plot datadir."/accuracy.tsv" using "epoch":"accuracy" \
         with linespoints lt 1 pt 7 ps 0.3 title "after the epoch", \
     "" using "epoch":"pocket" with lines lt 3 title "pocket (best so far)", \
     "" using "epoch":"best_line" with lines lt 7 title "best line of all"
