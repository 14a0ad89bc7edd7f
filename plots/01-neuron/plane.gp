# plane.gp - one neuron over the plane (claim N1): its score z = w . x + b
# (left) and its activation g(z) (right), with the line w . x + b = 0
# where z changes sign and the vector w, which points to the side z > 0.
eval figsize(7.6)
set output outfile
set multiplot layout 1,2 margins 0.07,0.90,0.14,0.9 spacing 0.14
set size ratio -1
set autoscale fix
set xlabel "{/:Italic x}_1"
set ylabel "{/:Italic x}_2" offset 1,0
set grid noxtics noytics
set colorbox user origin graph 1.04, graph 0 size 0.018, graph 1
set cbtics scale 0.3
set format cb "%g"
# One palette for both panels, dark for small values and light for large,
# so that both the sign of z and the level of g(z) read in grey too.
set palette defined (0 "#08306b", 0.35 "#2171b5", 0.65 "#9ecae1", \
                     1 "#fff7bc")
unset key
dot = "⋅"
set title "score {/:Italic z} = {/:Italic w}" . dot . \
          "{/:Italic x} + {/:Italic b}"
plot datadir."/grid.tsv" using "x1":"x2":"z" with image, \
     datadir."/line.tsv" using "x1":"x2" with lines lt 7 lw 2.5, \
     datadir."/normal.tsv" using "x1":"x2":"dx1":"dx2" with vectors \
         head filled size screen 0.015,25 lt 7 lw 2, \
     "" using "tip_x1":"tip_x2":("{/:Italic w}") with labels \
         offset 0.6,0.6 font ",12"
set title "activation {/:Italic a} = {/:Italic g}({/:Italic z})"
plot datadir."/grid.tsv" using "x1":"x2":"a" with image, \
     datadir."/line.tsv" using "x1":"x2" with lines lt 7 lw 2.5, \
     datadir."/normal.tsv" using "x1":"x2":"dx1":"dx2" with vectors \
         head filled size screen 0.015,25 lt 7 lw 2, \
     "" using "tip_x1":"tip_x2":("{/:Italic w}") with labels \
         offset 0.6,0.6 font ",12"
unset multiplot
