# fits.gp - least squares with a line and with polynomial features, for
# the article's quadratic (left) and cubic (right) models (claim N7). Top:
# the samples, the model and the fits. Bottom: the residuals; the fit
# with the model's own features has residuals of order 1e-15, read on
# the right-hand axis.
eval figsize(11)
set output outfile
set multiplot layout 2,2
set xrange [-2:2]
set xtics 1
set key top center width -3

set ylabel "{/:Italic y}"
plot datadir."/curves_quadratic.tsv" using "x":"fit_1" with lines lt 2 \
         title "features 1, {/:Italic x}", \
     "" using "x":"fit_2" with lines lt 1 \
         title "features 1, {/:Italic x}, {/:Italic x}^2", \
     datadir."/samples_quadratic.tsv" using "x":"y" with points pt 7 \
         ps 0.35 lt 7 title "samples"
set ylabel ""
set yrange [-6:5.5]
plot datadir."/curves_cubic.tsv" using "x":"fit_1" with lines lt 2 \
         title "features 1, {/:Italic x}", \
     "" using "x":"fit_2" with lines lt 3 \
         title "1, {/:Italic x}, {/:Italic x}^2", \
     "" using "x":"fit_3" with lines lt 1 \
         title "1, {/:Italic x}, {/:Italic x}^2, {/:Italic x}^3", \
     datadir."/samples_cubic.tsv" using "x":"y" with points pt 7 \
         ps 0.35 lt 7 title "samples"

set xlabel "{/:Italic x}"
set yrange [*:*]
set ylabel "residual"
set key top center
plot datadir."/samples_quadratic.tsv" using "x":"resid_1" with points \
         pt 7 ps 0.35 lt 2 title "line", \
     "" using "x":"resid_2" with points pt 6 ps 0.45 lt 1 \
         title "1, {/:Italic x}, {/:Italic x}^2"
set ylabel ""
set yrange [-4:5]
plot datadir."/samples_cubic.tsv" using "x":"resid_1" with points \
         pt 7 ps 0.35 lt 2 title "line", \
     "" using "x":"resid_2" with points pt 5 ps 0.35 lt 3 \
         title "1, {/:Italic x}, {/:Italic x}^2", \
     "" using "x":"resid_3" with points pt 6 ps 0.45 lt 1 \
         title "1, {/:Italic x}, {/:Italic x}^2, {/:Italic x}^3"
unset multiplot
