# boundaries.gp - a deep linear network and a single layer trained on the
# article's set (claim N4). Left: the data, the points where the deep
# network's output is 0 (found by bisection, without assuming anything),
# the line of its one-layer collapse, and the single layer's line. Right:
# the training accuracy of both, epoch by epoch.
eval figsize(10.5)
# In print, text at 0.8 of style.gp's 11 pt (its pdfcairo terminal sets
# text at half size), and butt line ends with dashes twice as long, so
# that the dash patterns stay visible. The web's SVG keeps style.gp's.
if (fmt eq "pdf") {
    set terminal pdfcairo fontscale 0.8 butt dashlength 2
}
set output outfile
# The panels' edges as fractions of the page, each key in the room below
# its panel, clear of the data and of the axis labels.
panel(l, r) = sprintf("set lmargin at screen %g; set rmargin at screen %g", l, r)
set multiplot
set bmargin at screen 0.34
set tmargin at screen 0.97
eval panel(0.08, 0.50)
set size ratio -1
set xrange [-4:4]
set yrange [-4:4]
set xtics 2
set ytics 2
set xlabel "{/:Italic x}_1" offset 0,0.6
set ylabel "{/:Italic x}_2" offset 1,0
set key at screen 0.02, screen 0.185 left top maxrows 3 samplen 1.5 width 1
plot datadir."/points.tsv" \
         using "x1":(column("label") == 1 ? column("x2") : NaN) \
         with points pt class1_pt ps 0.35 lc rgb "#D55E00" \
         title "triangles", \
     "" using "x1":(column("label") == 0 ? column("x2") : NaN) \
         with points pt class0_pt ps 0.35 lc rgb "#0072B2" \
         title "circles", \
     datadir."/single_line.tsv" using "x1":"x2" with lines lt 3 lw 3 \
         title "single layer", \
     datadir."/deep_line.tsv" using "x1":"x2" with lines lt 7 lw 1 \
         title "deep, collapsed", \
     datadir."/boundary.tsv" using "x1":"x2" with points pt 2 ps 0.8 \
         lc rgb "#000000" title "deep: output 0"
set size noratio
set autoscale
set xtics 100
set ytics 10
eval panel(0.62, 0.97)
set xlabel "epoch" offset 0,0.6
set ylabel "training accuracy (%)" offset 0,0
set yrange [40:70]
set key at screen 0.98, screen 0.185 right top maxrows 2
plot datadir."/training.tsv" using "epoch":"deep" with lines lt 1 \
         title "deep linear", \
     "" using "epoch":"single" with lines lt 2 title "single layer"
unset multiplot
