# fits.gp - least squares with a line and with polynomial features, for
# the article's quadratic (left) and cubic (right) models (claim N7). Top:
# the samples, the model and the fits. Bottom: the residuals; the fit
# with the model's own features has residuals of order 1e-15, which lie
# on the zero line at this scale.
# In print, text at 0.8 of style.gp's 11 pt (its pdfcairo terminal sets
# text at half size), and butt line ends with dashes twice as long, so
# that the dash patterns stay visible. The web's SVG keeps style.gp's.
eval figsize(13)
if (fmt eq "pdf") {
    set terminal pdfcairo fontscale 0.8 butt dashlength 2
}
set output outfile
# Each panel placed by its edges (fractions of the page), each key in the
# room above its panel, clear of the data. The two rows share x: tick
# labels only under the bottom row.
panel(l, r, b, t) = sprintf("set lmargin at screen %g; set rmargin at screen %g; set bmargin at screen %g; set tmargin at screen %g", l, r, b, t)
set multiplot
set xrange [-2:2]
set xtics 1
set format x ""
set ytics 2
set key at graph 0.5, screen 0.995 center top maxrows 2 width -1 samplen 2

set ylabel "{/:Italic y}" offset 1,0
eval panel(0.08, 0.48, 0.59, 0.88)
plot datadir."/curves_quadratic.tsv" using "x":"fit_1" with lines lt 2 \
         title "1, {/:Italic x}", \
     "" using "x":"fit_2" with lines lt 1 \
         title "1, {/:Italic x}, {/:Italic x}^2", \
     datadir."/samples_quadratic.tsv" using "x":"y" with points pt 7 \
         ps 0.35 lt 7 title "samples"
set ylabel ""
set yrange [-6:5.5]
set ytics 2
eval panel(0.58, 0.98, 0.59, 0.88)
plot datadir."/curves_cubic.tsv" using "x":"fit_1" with lines lt 2 \
         title "1, {/:Italic x}", \
     "" using "x":"fit_2" with lines lt 3 \
         title "1, {/:Italic x}, {/:Italic x}^2", \
     "" using "x":"fit_3" with lines lt 1 \
         title "1, {/:Italic x}, {/:Italic x}^2, {/:Italic x}^3", \
     datadir."/samples_cubic.tsv" using "x":"y" with points pt 7 \
         ps 0.35 lt 7 title "samples"

set xlabel "{/:Italic x}" offset 0,0.5
set format x "% g"
set yrange [*:*]
set ytics autofreq
set ylabel "residual" offset 1,0
set key at graph 0.5, screen 0.565 center top maxrows 2 width -1 samplen 2
eval panel(0.08, 0.48, 0.11, 0.45)
plot datadir."/samples_quadratic.tsv" using "x":"resid_1" with points \
         pt 7 ps 0.35 lt 2 title "line", \
     "" using "x":"resid_2" with points pt 6 ps 0.45 lt 1 \
         title "1, {/:Italic x}, {/:Italic x}^2"
set ylabel ""
set yrange [-4:5]
set ytics 2
eval panel(0.58, 0.98, 0.11, 0.45)
plot datadir."/samples_cubic.tsv" using "x":"resid_1" with points \
         pt 7 ps 0.35 lt 2 title "line", \
     "" using "x":"resid_2" with points pt 5 ps 0.35 lt 3 \
         title "1, {/:Italic x}, {/:Italic x}^2", \
     "" using "x":"resid_3" with points pt 6 ps 0.45 lt 1 \
         title "1, {/:Italic x}, {/:Italic x}^2, {/:Italic x}^3"
unset multiplot
