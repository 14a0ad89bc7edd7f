# lines.gp - the article's set with the lines of claim N2: the pocket's
# line (the best the perceptron rule found), a best line of all (from the
# exhaustive search), the line after the last epoch, and the certificate:
# a triangle point inside a triangle of circles, whose hulls therefore
# meet.
eval figsize(10)
# In print, text at 0.8 of style.gp's 11 pt (its pdfcairo terminal sets
# text at half size), and butt line ends with dashes twice as long, so
# that the dash patterns stay visible (round ends fill short gaps). The
# web's SVG keeps style.gp's.
if (fmt eq "pdf") {
    set terminal pdfcairo fontscale 0.8 butt dashlength 2
}
set output outfile
set size ratio -1
set autoscale fix
set xlabel "{/:Italic x}_1"
set ylabel "{/:Italic x}_2"
set key outside right top samplen 1.5
# The box's corners, drawn invisibly, set the ranges: the lines end on it.
plot datadir."/box.tsv" using "x1":"x2" with dots lc rgb "#ffffff" notitle, \
     datadir."/points.tsv" \
         using "x1":(column("label") == 1 ? column("x2") : NaN) \
         with points pt class1_pt ps 0.45 lc rgb "#D55E00" \
         title "triangles (class 1)", \
     "" using "x1":(column("label") == 0 ? column("x2") : NaN) \
         with points pt class0_pt ps 0.45 lc rgb "#0072B2" \
         title "circles (class 0)", \
     datadir."/best_line.tsv" using "x1":"x2" with lines lt 7 lw 2 \
         title "a best line", \
     datadir."/pocket_line.tsv" using "x1":"x2" with lines lt 3 lw 2 \
         title "pocket", \
     datadir."/last_line.tsv" using "x1":"x2" with lines lt 8 lw 1.5 \
         title "after the last epoch", \
     datadir."/cert_hull.tsv" using "x1":"x2" with lines lt 4 lw 1.2 \
         title "certificate", \
     datadir."/cert_point.tsv" using "x1":"x2" with points pt 7 ps 0.8 \
         lc rgb "#000000" title "common point {/:Italic q}"
