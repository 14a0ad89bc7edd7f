# curves.gp - the training loss against the epoch for sigmoid, tanh and
# ReLU networks of one shape, each at its fastest learning rate, one line
# per seed; a run stops when it reaches the target loss (the grey line).
# In print the figure is drawn 10 cm wide and set at the text's width
# (chapter.md: width=100%), so that every text and line is 1.55 times
# style.gp's, the labels at about 8.5 pt; the web's SVG keeps style.gp's.
if (fmt eq "pdf") {
    set terminal pdfcairo size 10cm,4.5cm
} else {
    eval figsize(7)
}
set output outfile
set xlabel "epoch (one full-batch step)"
set ylabel "training loss"
set logscale xy
set xrange [1:500]
set yrange [0.03:1]
set format y "%g"
set key outside right top Left reverse width 1
# Drawn from 10-relu-speed's data (chapter.mk); a folder without them (make
# try CH=10-relu) gets an empty frame that says so.
rows(f) = int(system("cat '" . f . "' 2>/dev/null | awk 'END { print NR }'"))
if (rows(datadir . "/curves.tsv") <= 1) {
    set label 1 "no curves.tsv here: drawn from 10-relu-speed's data" \
        at graph 0.5, 0.5 center
    plot 1e10 notitle
} else {
    plot datadir."/curves.tsv" using "epoch":"sigmoid" with lines lt 4 \
             title "sigmoid", \
         "" using "epoch":"tanh" with lines lt 2 title "tanh", \
         "" using "epoch":"relu" with lines lt 1 title "ReLU", \
         datadir."/target.tsv" using "epoch":"loss" with lines lt 8 \
             title "target loss"
}
