# models.gp - test accuracy of every model of chapter 13 (claims P3, P4):
# the linear family (softmax regression, deep linear networks of depth 2,
# 4, 8) and one hidden layer of sigmoid, tanh or ReLU units. Points are
# the median over the seeds, bars their range.
eval figsize(6)
set ylabel "test accuracy (%)"
set xrange [-0.6:6.6]
set yrange [80:87]
set ytics 1
set grid ytics
set grid noxtics
set key top left
plot datadir."/models.tsv" every ::0::3 using "x":"acc":"lo":"hi":xtic(2) \
         with yerrorbars lt 1 pt 7 ps 0.6 title "linear", \
     "" every ::4::6 using "x":"acc":"lo":"hi":xtic(2) \
         with yerrorbars lt 2 pt 5 ps 0.6 title "one hidden layer"
