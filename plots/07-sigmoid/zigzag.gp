# zigzag.gp - gradient descent towards w* = (1, -1) when the inputs are
# sigmoid outputs (all positive) and when they are zero-centred (claim S4).
# Left panel: sigmoid inputs; right panel: tanh inputs. The ellipses are
# level sets of the expected loss, traced by gnuplot from the loss grid.
set contour base
set cntrparam levels discrete 0.002, 0.01, 0.03, 0.06, 0.1, 0.15, 0.2
unset surface
set view map
set table $contour_sigmoid
splot datadir."/loss_sigmoid.tsv" using "w1":"w2":"loss" with lines
set table $contour_tanh
splot datadir."/loss_tanh.tsv" using "w1":"w2":"loss" with lines
unset table
# The traced contours are space-separated; our number-only TSV files read
# the same way, so one separator serves both.
set datafile separator whitespace

eval figsize(9.5)
# In print, text at 0.8 of style.gp's 11 pt (its pdfcairo terminal sets
# text at half size), and butt line ends with dashes twice as long, so
# that the dash patterns stay visible (round ends fill short gaps). The
# web's SVG keeps style.gp's.
if (fmt eq "pdf") {
    set terminal pdfcairo fontscale 0.8 butt dashlength 2
}
set output outfile
set multiplot layout 1,2
set xlabel "{/:Italic w}_1"
set ylabel "{/:Italic w}_2"
set size ratio -1
set xrange [-0.5:2]
set yrange [-2:0.5]
set xtics 0.5
set ytics 0.5
set key top right
set title "inputs {/:Italic s}({/:Italic u}), all positive"
plot $contour_sigmoid using 1:2 with lines lt 8 notitle, \
     datadir."/path_sigmoid.tsv" using "w1":"w2" with linespoints \
         lt 2 pt 7 ps 0.2 title "descent", \
     datadir."/target.tsv" using "w1":"w2" with points lt 7 pt 2 ps 1.2 \
         title "{/:Italic w}*"
set title "inputs tanh({/:Italic u}), zero-centred"
plot $contour_tanh using 1:2 with lines lt 8 notitle, \
     datadir."/path_tanh.tsv" using "w1":"w2" with linespoints \
         lt 1 pt 7 ps 0.2 title "descent", \
     datadir."/target.tsv" using "w1":"w2" with points lt 7 pt 2 ps 1.2 \
         title "{/:Italic w}*"
unset multiplot
