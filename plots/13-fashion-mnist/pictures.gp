# pictures.gp - test images with their true class, the best softmax
# regression's answer (lin) and the best one-hidden-layer network's (net):
# two rows the network gets right and the linear model wrong, then a row
# both get wrong. Dark is ink (the pixel values, 0 to 1, drawn inverted).
eval figsize(9.5)
# In print, text at 0.8 of style.gp's 11 pt (its pdfcairo terminal sets
# text at half size), and butt line ends with dashes twice as long, so
# that the dash patterns stay visible. The web's SVG keeps style.gp's.
if (fmt eq "pdf") {
    set terminal pdfcairo fontscale 0.8 butt dashlength 2
}
set output outfile
unset border
unset tics
unset grid
unset key
unset colorbox
set size ratio -1
# The canvas: 8 cells of 34 pixels across, 3 rows of 54 (the program's
# CELL and CELL_H), pixel rows counted downwards.
set xrange [-0.5:271.5]
set yrange [-161.5:0.5]
set palette gray negative
set cbrange [0:1]
set lmargin 0
set rmargin 0
set tmargin 0
set bmargin 0
plot datadir."/grid.tsv" using "x":"y":"v" with image, \
     datadir."/grid_labels.tsv" using "x":"y":"text" with labels font ",8"
