# accuracy.gp - the perceptron's accuracy at the end of each epoch, the
# pocket's best so far, and the ceiling no line can pass (claim N2).
set xlabel "epoch"
set ylabel "accuracy (%)"
set yrange [0:105]
set ytics 25
set autoscale xfix
set key bottom right
plot datadir."/accuracy.tsv" using "epoch":"accuracy" \
         with linespoints lt 1 pt 7 ps 0.3 title "after the epoch", \
     "" using "epoch":"pocket" with lines lt 3 title "pocket (best so far)", \
     "" using "epoch":"best_line" with lines lt 7 title "best line of all"
