# runs.gp - three networks with the same widths, the same initial weights
# and the same training, after the last epoch: sigmoid, step and no
# activation in the hidden layer (claim N9). Shaded: "triangle".
eval figsize(5.8)
set output outfile
set multiplot layout 1,3
set size ratio -1
set xrange [-4:4]
set yrange [-4:4]
set xtics 2
set ytics 2
set grid noxtics noytics
set key off
unset colorbox
set palette defined (0 "#ffffff", 1 "#a9c9e2")
set cbrange [0:1]
set clip two
set xlabel "{/:Italic x}_1"
# One class at a time: a point's x2, or NaN (not drawn) for the other.
only(want) = column("label") == want ? column("x2") : NaN
data = datadir."/data.tsv"
classes = "using 'x1':(only(1)) with points pt class1_pt ps 0.3 " . \
    "lc rgb '#D55E00', '' using 'x1':(only(0)) with points " . \
    "pt class0_pt ps 0.3 lc rgb '#000000'"

set ylabel "{/:Italic x}_2"
set title "sigmoid hidden layer"
plot datadir."/final_sigmoid.tsv" using "x1":"x2":"class" with image, \
     data @classes
set ylabel ""
set title "step hidden layer"
plot datadir."/final_step.tsv" using "x1":"x2":"class" with image, \
     data @classes
set title "no activation (linear)"
plot datadir."/final_linear.tsv" using "x1":"x2":"class" with image, \
     data @classes, \
     datadir."/line.tsv" using "x1":"x2" with lines lt 7
unset multiplot
