# diff_steps.gp - the error of difference quotients against the step h:
# truncation error falls with h, rounding error grows as 1/h (claim T2).
# In print, text at 0.8 of style.gp's 11 pt (its pdfcairo terminal sets
# text at half size), and butt line ends with dashes twice as long, so
# that the dash patterns stay visible (round ends fill short gaps). The
# web's SVG keeps style.gp's.
if (fmt eq "pdf") {
    set terminal pdfcairo fontscale 0.8 butt dashlength 2
}
set output outfile
set xlabel "step {/:Italic h}"
set ylabel "relative error"
set logscale xy
set format x "10^{%L}"
set format y "10^{%L}"
set xrange [1e-15:0.1]
# The key in the head room above the V, where no curve runs: below
# the plot it took three rows and squeezed the axes.
set yrange [1e-12:1e6]
set ytics 1e-12, 1e3, 1
set key top center
plot datadir."/diff_steps.tsv" using "h":"forward" with linespoints \
         lt 2 pt 6 ps 0.4 \
         title "forward difference", \
     "" using "h":"central" with linespoints lt 1 pt 7 ps 0.3 \
         title "central difference", \
     "" using "h":"model" with lines lt 8 \
         title "model {/:Italic h}^2|tanh'''|/6 + "\
             ."{/Symbol e}|tanh|/{/:Italic h}"
