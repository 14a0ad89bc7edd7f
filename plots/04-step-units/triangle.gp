# triangle.gp - three step units and a threshold output carve the
# article's triangle (claim N5). Left: how many hidden units say 1 at each
# point, with their three lines. Right: the output, 1 only where all three
# do, over the data.
eval figsize(8.6)
# In print, text at 0.8 of style.gp's 11 pt (its pdfcairo terminal sets
# text at half size), and butt line ends with dashes twice as long, so
# that the dash patterns stay visible. The web's SVG keeps style.gp's.
if (fmt eq "pdf") {
    set terminal pdfcairo fontscale 0.8 butt dashlength 2
}
set output outfile
# Fixed margins leave each title two lines of room above its panel.
set multiplot layout 1,2 margins 0.08,0.98,0.19,0.81 spacing 0.1
set size ratio -1
set xrange [-4:4]
set yrange [-4:4]
set xtics 2
set ytics 2
set xlabel "{/:Italic x}_1" offset 0,0.3
set ylabel "{/:Italic x}_2"
unset colorbox
set grid noxtics noytics
set key off
# Each line is drawn as a segment whose ends lie outside the window; gnuplot
# draws such segments only with `clip two`.
set clip two

set title "hidden units saying 1:\none (lightest), two, three (darkest)"
set palette defined (0 "#ffffff", 1 "#f2f2f2", 2 "#cfdfea", 3 "#7fb0d4")
set cbrange [0:3]
plot datadir."/region.tsv" using "x1":"x2":"count" with image, \
     datadir."/lines.tsv" using "x1":"x2" with lines lt 7

set title "output: the intersection\nof the three half-planes"
set palette defined (0 "#ffffff", 1 "#7fb0d4")
set cbrange [0:1]
# One class at a time: a point's x2, or NaN (not drawn) for the other.
only(want) = column("label") == want ? column("x2") : NaN
plot datadir."/region.tsv" using "x1":"x2":"inside" with image, \
     datadir."/lines.tsv" using "x1":"x2" with lines lt 8, \
     datadir."/data.tsv" using "x1":(only(1)) with points pt class1_pt \
         ps 0.45 lc rgb "#D55E00", \
     datadir."/data.tsv" using "x1":(only(0)) with points pt class0_pt \
         ps 0.45 lc rgb "#000000"
unset multiplot
