# boundaries.gp - a deep linear network and a single layer trained on the
# article's set (claim N4). Left: the data, the points where the deep
# network's output is 0 (found by bisection, without assuming anything),
# the line of its one-layer collapse, and the single layer's line. Right:
# the training accuracy of both, epoch by epoch.
eval figsize(9)
set output outfile
set multiplot layout 1,2 margins 0.07,0.98,0.3,0.97 spacing 0.1
set size ratio -1
set xrange [-4:4]
set yrange [-4:4]
set xtics 2
set ytics 2
set xlabel "{/:Italic x}_1"
set ylabel "{/:Italic x}_2" offset 1,0
set key at screen 0.03, screen 0.13 left maxrows 2 samplen 1.5 width 1
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
set xtics autofreq
set ytics autofreq
set xlabel "epoch"
set ylabel "training accuracy (%)" offset 0,0
set yrange [40:70]
set key at screen 0.97, screen 0.13 right maxrows 2
plot datadir."/training.tsv" using "epoch":"deep" with lines lt 1 \
         title "deep linear", \
     "" using "epoch":"single" with lines lt 2 title "single layer"
unset multiplot
