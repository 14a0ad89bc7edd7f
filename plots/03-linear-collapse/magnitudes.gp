# magnitudes.gp - the size (rms) of the values after each layer of four
# stacks that share their input (claim N8): linear layers that multiply
# sizes by about gain, or by 1 / gain, and sigmoid and tanh layers with
# the same weights as the growing linear stack.
# In print, text at 0.8 of style.gp's 11 pt (its pdfcairo terminal sets
# text at half size), and butt line ends with dashes twice as long, so
# that the dash patterns stay visible (round ends fill short gaps). The
# web's SVG keeps style.gp's.
if (fmt eq "pdf") {
    set terminal pdfcairo fontscale 0.8 butt dashlength 2
}
set output outfile
set xlabel "layer"
set ylabel "rms of the values"
set logscale y
set format y "10^{%L}"
set autoscale xfix
# The key in one row above 10^8, where no line goes.
set yrange [1e-8:1e16]
set ytics 1e-8, 1e4
set key top left horizontal Left reverse width -1 samplen 2 maxrows 2
plot datadir."/magnitudes.tsv" using "layer":"linear_up" with linespoints \
         lt 2 pt 7 ps 0.4 title "linear, growing", \
     "" using "layer":"linear_down" with linespoints lt 4 pt 7 ps 0.4 \
         title "linear, shrinking", \
     "" using "layer":"sigmoid" with linespoints lt 1 pt 7 ps 0.4 \
         title "sigmoid", \
     "" using "layer":"tanh" with linespoints lt 3 pt 7 ps 0.4 \
         title "tanh"
