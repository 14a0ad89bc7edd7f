# curves.gp - the training loss against the epoch for sigmoid, tanh and
# ReLU networks of one shape, each at its fastest learning rate, one line
# per seed; a run stops when it reaches the target loss (the grey line).
# Text at 0.9 of the book's 11 pt (style.gp's terminal leaves it at 0.5).
set terminal pdfcairo fontscale 0.9
set output outfile
set xlabel "epoch (one full-batch step)"
set ylabel "training loss"
set logscale xy
set xrange [1:500]
set yrange [0.03:1]
set format y "%g"
set key bottom right
plot datadir."/curves.tsv" using "epoch":"sigmoid" with lines lt 4 \
         title "sigmoid", \
     "" using "epoch":"tanh" with lines lt 2 title "tanh", \
     "" using "epoch":"relu" with lines lt 1 title "ReLU", \
     datadir."/target.tsv" using "epoch":"loss" with lines lt 8 \
         title "target loss"
