# plane.gp - one neuron over the plane (claim N1): its score z = w . x + b
# (left) and its activation g(z) (right), with the line w . x + b = 0
# where z changes sign and the vector w, which points to the side z > 0.
eval figsize(7.6)
# In print, text at 0.8 of style.gp's 11 pt (its pdfcairo terminal sets
# text at half size), and butt line ends with dashes twice as long, so
# that the dash patterns stay visible. The web's SVG keeps style.gp's.
if (fmt eq "pdf") {
    set terminal pdfcairo fontscale 0.8 butt dashlength 2
}
set output outfile
# The spacing leaves room for the left colour bar's labels before the
# right panel's axis label.
set multiplot layout 1,2 margins 0.07,0.88,0.19,0.9 spacing 0.2
set size ratio -1
set autoscale fix
set xlabel "{/:Italic x}_1" offset 0,0.8
set xtics 1
set ytics 1
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
set cbtics 4
plot datadir."/grid.tsv" using "x1":"x2":"z" with image, \
     datadir."/line.tsv" using "x1":"x2" with lines lt 7 lw 2.5, \
     datadir."/normal.tsv" using "x1":"x2":"dx1":"dx2" with vectors \
         head filled size screen 0.015,25 lt 7 lw 2, \
     "" using "tip_x1":"tip_x2":("{/:Italic w}") with labels \
         offset 0.6,0.6 font ",12"
set title "activation {/:Italic a} = {/:Italic g}({/:Italic z})"
set cbtics 0.25
plot datadir."/grid.tsv" using "x1":"x2":"a" with image, \
     datadir."/line.tsv" using "x1":"x2" with lines lt 7 lw 2.5, \
     datadir."/normal.tsv" using "x1":"x2":"dx1":"dx2" with vectors \
         head filled size screen 0.015,25 lt 7 lw 2, \
     "" using "tip_x1":"tip_x2":("{/:Italic w}") with labels \
         offset 0.6,0.6 font ",12"
unset multiplot
