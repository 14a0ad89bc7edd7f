# linear.gp - how far tanh z is from z, as a fraction of the bound z^3/3
# (claim T1): exactly (long double) and as a double program computes it.
# The bound holds where the ratio is at most 1.
# In print, text at 0.8 of style.gp's 11 pt (its pdfcairo terminal sets
# text at half size), and butt line ends with dashes twice as long, so
# that the dash patterns stay visible (round ends fill short gaps). The
# web's SVG keeps style.gp's.
if (fmt eq "pdf") {
    set terminal pdfcairo fontscale 0.8 butt dashlength 2
}
set output outfile
set xlabel "{/:Italic z}"
set ylabel "({/:Italic z} - tanh {/:Italic z}) / ({/:Italic z}^3/3)"
set logscale x
set format x "10^{%L}"
set xrange [1e-8:10]
set yrange [0:2]
set xtics 1e-8, 10
set ytics 0.25
set key bottom center
plot datadir."/linear.tsv" using "z":"computed_ratio" with points \
         pt 7 ps 0.3 lt 4 title "computed in double", \
     "" using "z":"ratio" with lines lt 1 title "exact"
