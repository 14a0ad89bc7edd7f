# hidden.gp - the plane as the hidden layer of a trained 2-3-1 sigmoid
# network sees it (claim N6). Left: the input plane with four circles and
# eight rays. Right: each point x sent to its three hidden activations
# (h1, h2, h3), inside the unit cube; the circles and rays are bent onto
# the cube's faces, the triangles gather near one corner, and a flat
# plane, the output unit's boundary, cuts them off from the circles.
eval figsize(9)
# In print, text at 0.8 of style.gp's 11 pt (its pdfcairo terminal sets
# text at half size), and butt line ends with dashes twice as long, so
# that the dash patterns stay visible. The web's SVG keeps style.gp's.
if (fmt eq "pdf") {
    set terminal pdfcairo fontscale 0.8 butt dashlength 2
}
set output outfile
set multiplot
only(want) = column("label") == want ? column("x2") : NaN
only3(want) = column("label") == want ? column("h3") : NaN
# The circles' colours, by radius: the disk's edge blue, the gap's middle
# grey, the ring's edges orange.
set palette defined (1 "#0072B2", 1.75 "#999999", 2.5 "#E69F00", \
    3.5 "#D55E00")
set cbrange [1:3.5]
unset colorbox

# Each panel's frame is placed on the page, so that the larger print
# text takes room from the margins, not from the plots.
set lmargin at screen 0.08
set rmargin at screen 0.42
set bmargin at screen 0.2
set tmargin at screen 0.9
set size ratio -1
set xrange [-4:4]
set yrange [-4:4]
set xtics 2
set ytics 2
set grid noxtics noytics
set xlabel "{/:Italic x}_1" offset 0,0.5
set ylabel "{/:Italic x}_2"
set key off
set title "input plane"
plot datadir."/hidden_rays.tsv" using "x1":"x2" with lines lt 8, \
     datadir."/hidden_circles.tsv" using "x1":"x2":"radius" with lines \
         lc palette lw 1.6, \
     datadir."/data.tsv" using "x1":(only(1)) with points pt class1_pt \
         ps 0.3 lc rgb "#D55E00", \
     datadir."/data.tsv" using "x1":(only(0)) with points pt class0_pt \
         ps 0.3 lc rgb "#000000"

set lmargin -1
set rmargin -1
set bmargin -1
set tmargin -1
set origin 0.42, 0
set size 0.56, 1
set size noratio
set title "hidden layer's view"
set view 70, 290, 1.2
set view equal xyz
set xyplane at 0
set xrange [0:1]
set yrange [0:1]
set zrange [0:1]
set xtics 0.5
set ytics 0.5
set ztics 0.5
set xlabel "{/:Italic h}_1" offset -3,1
set ylabel "{/:Italic h}_2"
set zlabel "{/:Italic h}_3"
set border 4095 linewidth 0.4
set grid noxtics noytics noztics
set style fill transparent solid 0.3 noborder
set pm3d depthorder
splot datadir."/hidden_plane.tsv" using "h1":"h2":"h3":(0) with pm3d \
          fc rgb "#999999", \
      datadir."/hidden_rays.tsv" using "h1":"h2":"h3" with lines lt 8, \
      datadir."/hidden_circles.tsv" using "h1":"h2":"h3":"radius" \
          with lines lc palette lw 1.6, \
      datadir."/hidden_data.tsv" using "h1":"h2":(only3(1)) with points \
          pt class1_pt ps 0.4 lc rgb "#D55E00", \
      datadir."/hidden_data.tsv" using "h1":"h2":(only3(0)) with points \
          pt class0_pt ps 0.4 lc rgb "#000000"
unset multiplot
