# ngons.gp - n step units whose lines are tangent to the unit circle carve
# a regular n-gon, which closes in on the disk as n grows (claim N5).
eval figsize(4.6)
# In print, text at 0.8 of style.gp's 11 pt (its pdfcairo terminal sets
# text at half size), and butt line ends with dashes twice as long, so
# that the dash patterns stay visible. The web's SVG keeps style.gp's.
if (fmt eq "pdf") {
    set terminal pdfcairo fontscale 0.8 butt dashlength 2
}
set output outfile
set multiplot layout 1,4 margins 0.02,0.98,0.04,0.98 spacing 0.02
set size ratio -1
set xrange [-2.1:2.1]
set yrange [-1.9:2.1]
unset xtics
unset ytics
unset border
unset grid
set key off
do for [k=0:3] {
    plot datadir."/circle.tsv" using "x1":"x2" with filledcurves \
             fc rgb "#cfdfea" fs solid noborder, \
         datadir."/circle.tsv" using "x1":"x2" with lines lt 8, \
         datadir.sprintf("/ngon_%d.tsv", k) using "x1":"x2" with lines lt 1, \
         datadir."/ngon_labels.tsv" every ::k::k \
             using "x1":"x2":"label" with labels
}
unset multiplot
