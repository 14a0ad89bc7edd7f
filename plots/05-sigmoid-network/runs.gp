# runs.gp - three networks with the same widths, the same initial weights
# and the same training, after the last epoch: sigmoid, step and no
# activation in the hidden layer (claim N9). Shaded: "triangle".
eval figsize(6.6)
# In print, text at 0.8 of style.gp's 11 pt (its pdfcairo terminal sets
# text at half size), and butt line ends with dashes twice as long, so
# that the dash patterns stay visible. The web's SVG keeps style.gp's.
if (fmt eq "pdf") {
    set terminal pdfcairo fontscale 0.8 butt dashlength 2
}
set output outfile
# The panels share their axes: tick labels only on the outer edges, the
# panel's name inside it, above the data.
set multiplot layout 1,3 margins 0.08,0.99,0.2,0.98 spacing 0.02,0
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
set xlabel "{/:Italic x}_1" offset 0,0.9
# One class at a time: a point's x2, or NaN (not drawn) for the other.
only(want) = column("label") == want ? column("x2") : NaN
data = datadir."/data.tsv"
classes = "using 'x1':(only(1)) with points pt class1_pt ps 0.35 " . \
    "lc rgb '#D55E00', '' using 'x1':(only(0)) with points " . \
    "pt class0_pt ps 0.35 lc rgb '#000000'"
name(s) = sprintf("set label 1 '%s' at 0, 4.45 center front", s)

set ylabel "{/:Italic x}_2" offset 1,0
eval name("sigmoid hidden layer")
plot datadir."/final_sigmoid.tsv" using "x1":"x2":"class" with image, \
     data @classes
set ylabel ""
set format y ""
eval name("step hidden layer")
plot datadir."/final_step.tsv" using "x1":"x2":"class" with image, \
     data @classes
eval name("no activation (linear)")
plot datadir."/final_linear.tsv" using "x1":"x2":"class" with image, \
     data @classes, \
     datadir."/line.tsv" using "x1":"x2" with lines lt 7
unset multiplot
