# separable.gp - the article set before (left) and after (right) the map
# u = (x1^2, x2^2) (claim N7). A line separates the classes in the mapped
# plane; drawn back in the input plane it is an ellipse.
eval figsize(7.5)
set output outfile
set multiplot layout 1,2 spacing 0.12
set size ratio -1
set key off
# One class at a time: a point's second coordinate, or NaN (not drawn).
only(want, col) = column("label") == want ? column(col) : NaN

set title "input plane"
set xrange [-4:4]
set yrange [-4:4]
set xtics 2
set ytics 2
set xlabel "{/:Italic x}_1"
set ylabel "{/:Italic x}_2"
plot datadir."/data.tsv" using "x1":(only(1, "x2")) with points \
         pt class1_pt ps 0.35 lc rgb "#D55E00", \
     datadir."/data.tsv" using "x1":(only(0, "x2")) with points \
         pt class0_pt ps 0.35 lc rgb "#000000", \
     datadir."/ellipse.tsv" using "x1":"x2" with lines lt 1

set title "mapped plane"
set xrange [0:13]
set yrange [0:13]
set xtics 4
set ytics 4
set xlabel "{/:Italic u}_1 = {/:Italic x}_1^2"
set ylabel "{/:Italic u}_2 = {/:Italic x}_2^2"
plot datadir."/mapped.tsv" using "u1":(only(1, "u2")) with points \
         pt class1_pt ps 0.35 lc rgb "#D55E00", \
     datadir."/mapped.tsv" using "u1":(only(0, "u2")) with points \
         pt class0_pt ps 0.35 lc rgb "#000000", \
     datadir."/mapped_line.tsv" using "u1":"u2" with lines lt 1
unset multiplot
