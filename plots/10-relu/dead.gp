# dead.gp - the percentage of hidden units that are dead (z <= 0 on every
# training point) after training, against the learning rate, for ReLU
# and leaky ReLU (claim R4). Bars span the seeds; a rate at which every
# leaky run diverged has no leaky point.
# In print the figure is drawn 10 cm wide and set at the text's width
# (chapter.md: width=100%), so that every text and line is 1.55 times
# style.gp's, the labels at about 8.5 pt; the web's SVG keeps style.gp's.
if (fmt eq "pdf") {
    set terminal pdfcairo size 10cm,4.5cm
} else {
    eval figsize(7)
}
set output outfile
set xlabel "learning rate"
set ylabel "dead hidden units (%)"
set logscale x
set xrange [0.2:45]
set xtics ("0.3" 0.3, "1" 1, "3" 3, "10" 10, "30" 30)
set yrange [-5:105]
set ytics 25
set key top left Left reverse width 1
# Drawn from 10-relu-dead's data (chapter.mk); a folder without them (make
# try CH=10-relu) gets an empty frame that says so.
rows(f) = int(system("cat '" . f . "' 2>/dev/null | awk 'END { print NR }'"))
if (rows(datadir . "/dead.tsv") <= 1) {
    set label 1 "no dead.tsv here: drawn from 10-relu-dead's data" \
        at graph 0.5, 0.5 center
    plot 1e10 notitle
} else {
    plot datadir."/dead.tsv" using "lr":"relu_pct":"relu_lo":"relu_hi" \
             with yerrorlines lt 1 pt 7 ps 0.5 title "ReLU", \
         "" using "lr":"leaky_pct":"leaky_lo":"leaky_hi" \
             with yerrorlines lt 2 pt 5 ps 0.5 title "leaky ReLU"
}
