# snapshots.gp - the decision of the 2-3-1 sigmoid network as gradient
# descent trains it: where it says "triangle" (shaded) at six epochs, the
# fifth the first at which every point is classified right (claim N6).
eval figsize(10.8)
# In print, text at 0.8 of style.gp's 11 pt (its pdfcairo terminal sets
# text at half size), and butt line ends with dashes twice as long, so
# that the dash patterns stay visible. The web's SVG keeps style.gp's.
if (fmt eq "pdf") {
    set terminal pdfcairo fontscale 0.8 butt dashlength 2
}
set output outfile
# The panels share their axes: tick labels only on the outer edges.
set multiplot layout 2,3 margins 0.08,0.99,0.13,0.99 spacing 0.02,0.03
set size ratio -1
set xrange [-4:4]
set yrange [-4:5]
# Neighbouring panels end at x1 = 4 and -4: ticks inside, so that their
# labels do not run together.
set xtics -2, 2, 2
set ytics -2, 2, 4
set grid noxtics noytics
set key off
unset colorbox
set palette defined (0 "#ffffff", 1 "#a9c9e2")
set cbrange [0:1]
set clip two
# One class at a time: a point's x2, or NaN (not drawn) for the other.
only(want) = column("label") == want ? column("x2") : NaN
do for [k=0:5] {
    set xlabel (k >= 3 ? "{/:Italic x}_1" : "") offset 0,0.9
    set ylabel (k % 3 == 0 ? "{/:Italic x}_2" : "") offset 1,0
    set format x (k >= 3 ? "% g" : "")
    set format y (k % 3 == 0 ? "% g" : "")
    plot datadir.sprintf("/snap_%d.tsv", k) using "x1":"x2":"class" \
             with image, \
         datadir."/data.tsv" using "x1":(only(1)) with points \
             pt class1_pt ps 0.35 lc rgb "#D55E00", \
         datadir."/data.tsv" using "x1":(only(0)) with points \
             pt class0_pt ps 0.35 lc rgb "#000000", \
         datadir."/panels.tsv" every ::k::k using "x1":"x2":"label" \
             with labels font ",10"
}
unset multiplot
