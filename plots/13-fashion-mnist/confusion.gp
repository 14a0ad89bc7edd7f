# confusion.gp - the confusion matrix of the best one-hidden-layer
# network on the test images: row = true class, column = its answer;
# the shade is the percentage of the row, the number the count.
eval figsize(10)
# In print, text at 0.8 of style.gp's 11 pt (its pdfcairo terminal sets
# text at half size), and butt line ends with dashes twice as long, so
# that the dash patterns stay visible. The web's SVG keeps style.gp's.
if (fmt eq "pdf") {
    set terminal pdfcairo fontscale 0.8 butt dashlength 2
}
set output outfile
unset grid
unset key
set size ratio -1
set xrange [-0.5:9.5]
set yrange [9.5:-0.5]
set xtics ("T-shirt" 0, "Trouser" 1, "Pullover" 2, "Dress" 3, "Coat" 4, \
           "Sandal" 5, "Shirt" 6, "Sneaker" 7, "Bag" 8, "Boot" 9) \
    rotate by 45 right
set ytics ("T-shirt" 0, "Trouser" 1, "Pullover" 2, "Dress" 3, "Coat" 4, \
           "Sandal" 5, "Shirt" 6, "Sneaker" 7, "Bag" 8, "Boot" 9)
set xlabel "the network's answer"
set ylabel "true class"
# Light enough at 100 % for the black counts to stay readable.
set palette defined (0 "#ffffff", 10 "#c6dbef", 100 "#6baed6")
set cbrange [0:100]
set cblabel "% of the true class"
set logscale cb
set cbrange [0.5:100]
set border 0
plot datadir."/confusion.tsv" using "pred":"true":"pct" with image, \
     "" using "pred":"true":"count" with labels font ",9"
