# separable.gp - the article set before (left) and after (right) the map
# u = (x1^2, x2^2) (claim N7). A line separates the classes in the mapped
# plane; drawn back in the input plane it is an ellipse.
eval figsize(8)
# In print, text at 0.8 of style.gp's 11 pt (its pdfcairo terminal sets
# text at half size), and butt line ends with dashes twice as long, so
# that the dash patterns stay visible. The web's SVG keeps style.gp's.
if (fmt eq "pdf") {
    set terminal pdfcairo fontscale 0.8 butt dashlength 2
}
set output outfile
# Each panel's frame is placed on the page, so that the larger print
# text takes room from the margins, not from the plots.
# Both frames are square: 0.71 of 8 cm high, 0.366 of 15.5 cm wide.
set multiplot
set bmargin at screen 0.19
set tmargin at screen 0.9
set key off
# One class at a time: a point's second coordinate, or NaN (not drawn).
only(want, col) = column("label") == want ? column(col) : NaN

set title "input plane" offset 0,-0.5
set lmargin at screen 0.09
set rmargin at screen 0.456
set xrange [-4:4]
set yrange [-4:4]
set xtics 2
set ytics 2
set xlabel "{/:Italic x}_1" offset 0,0.5
set ylabel "{/:Italic x}_2"
plot datadir."/data.tsv" using "x1":(only(1, "x2")) with points \
         pt class1_pt ps 0.35 lc rgb "#D55E00", \
     datadir."/data.tsv" using "x1":(only(0, "x2")) with points \
         pt class0_pt ps 0.35 lc rgb "#000000", \
     datadir."/ellipse.tsv" using "x1":"x2" with lines lt 1

set title "mapped plane" offset 0,-0.5
set lmargin at screen 0.6
set rmargin at screen 0.966
set xrange [0:13]
set yrange [0:13]
set xtics 4
set ytics 4
set xlabel "{/:Italic u}_1 = {/:Italic x}_1^2" offset 0,0.5
set ylabel "{/:Italic u}_2 = {/:Italic x}_2^2"
plot datadir."/mapped.tsv" using "u1":(only(1, "u2")) with points \
         pt class1_pt ps 0.35 lc rgb "#D55E00", \
     datadir."/mapped.tsv" using "u1":(only(0, "u2")) with points \
         pt class0_pt ps 0.35 lc rgb "#000000", \
     datadir."/mapped_line.tsv" using "u1":"u2" with lines lt 1
unset multiplot
