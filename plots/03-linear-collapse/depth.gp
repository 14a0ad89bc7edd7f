# depth.gp - how far a deep linear network and its one-layer collapse
# disagree, against depth (claim N3): the largest and the median
# difference over the random networks of each depth, in units of eps times
# the largest output, with one unit per layer for scale.
# In print, text at 0.8 of style.gp's 11 pt (its pdfcairo terminal sets
# text at half size), and butt line ends with dashes twice as long, so
# that the dash patterns stay visible (round ends fill short gaps). The
# web's SVG keeps style.gp's.
if (fmt eq "pdf") {
    set terminal pdfcairo fontscale 0.8 butt dashlength 2
}
set output outfile
set xlabel "depth (layers)"
set ylabel "|stack - collapse| / ({/Symbol e} max |{/:Italic y}|)"
set autoscale xfix
set xrange [0:*]
set yrange [0:*]
set key top left
plot datadir."/depth.tsv" using "depth":"err_max" with linespoints \
         lt 2 pt 7 ps 0.4 title "largest", \
     "" using "depth":"err_median" with linespoints lt 1 pt 7 ps 0.4 \
         title "median", \
     "" using "depth":"one_per_layer" with lines lt 8 \
         title "one {/Symbol e} per layer"
