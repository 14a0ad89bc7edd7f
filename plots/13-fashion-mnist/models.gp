# models.gp - test accuracy of every model of chapter 13 (claims P3, P4):
# the linear family (softmax regression, deep linear networks of depth 2,
# 4, 8) and one hidden layer of sigmoid, tanh or ReLU units. Points are
# the median over the seeds, bars their range.
eval figsize(6)
# In print, text at 0.8 of style.gp's 11 pt (its pdfcairo terminal sets
# text at half size), and butt line ends with dashes twice as long, so
# that the dash patterns stay visible. The web's SVG keeps style.gp's.
if (fmt eq "pdf") {
    set terminal pdfcairo fontscale 0.8 butt dashlength 2
}
set output outfile
set ylabel "test accuracy (%)"
set xrange [-0.6:6.6]
set yrange [80:90]
set ytics 2
set grid ytics
set grid noxtics
set key top left width 1
plot datadir."/models.tsv" every ::0::3 using "x":"acc":"lo":"hi":xtic(2) \
         with yerrorbars lt 1 pt 7 ps 0.6 title "linear", \
     "" every ::4::6 using "x":"acc":"lo":"hi":xtic(2) \
         with yerrorbars lt 2 pt 5 ps 0.6 title "one hidden layer"
