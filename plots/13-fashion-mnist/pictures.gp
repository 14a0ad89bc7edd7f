# pictures.gp - test images with their true class, the best softmax
# regression's answer (lin) and the best one-hidden-layer network's (net):
# two rows the network gets right and the linear model wrong, then a row
# both get wrong. Dark is ink (the pixel values, 0 to 1, drawn inverted).
eval figsize(9.5)
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
     datadir."/grid_labels.tsv" using "x":"y":"text" with labels font ",6.5"
