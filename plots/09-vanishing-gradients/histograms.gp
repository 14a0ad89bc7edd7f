# histograms.gp - how the activations of the first, middle and last hidden
# layer are distributed (first seed). Top: tanh, whose units stay alive
# only with Xavier's scale; bottom: ReLU, on a log axis of its nonzero
# activations, where Xavier's scale shrinks them and He's keeps them.
eval figsize(13)
# In print, cairo sets text at 2/3 of the size asked for, so the PDF asks
# for 14; butt line ends and dashes twice as long keep the patterns
# visible (round ends fill short gaps). The web's SVG keeps style.gp's.
if (fmt eq "pdf") {
    set terminal pdfcairo font "Latin Modern Roman,14" butt dashlength 2
}
# The key's text: 8.7 pt in print, as style.gp's figures have it on the web.
keyfont = fmt eq "pdf" ? ",13" : ",9"
set output outfile
# The fraction in the rows of activation a, initialisation i, layer l.
pick(a, i, l) = strcol("act") eq a && strcol("init") eq i && \
                column("layer") == l ? column("fraction") : NaN
lin = datadir."/hist_linear.tsv"
lg = datadir."/hist_log.tsv"
# The first, middle and last hidden layer, as layer_grid.c writes them.
stats datadir."/act_stats.tsv" using "layer" nooutput
last = STATS_max
mid = floor((last - 1) / 2) + 1
layers = sprintf("%d %d %d", 1, mid, last)

# A run of other activations or initialisations (make try) leaves some
# panels without data: the line y = 0 keeps them drawable, empty.
set multiplot layout 2,3 margins 0.09, 0.99, 0.11, 0.93 spacing 0.05, 0.19
set ylabel "fraction of units"
# The layers are told apart by dash pattern (solid, dashed, dotted: the
# first three line types of style.gp), in grey print as in colour.
set key top center samplen 3 font keyfont

set xlabel "{/:Italic a} = tanh({/:Italic z})"
set xrange [-1:1]
set xtics 1
set mxtics 2
tinits = "small normal xavier"
do for [p=1:3] {
    set title sprintf("tanh, %s", word("small N(0,1) Xavier", p))
    if (p > 1) { unset ylabel; unset key }
    plot for [k=1:3] lin \
             using "a":(pick("tanh", word(tinits, p), int(word(layers, k)))) \
             with histeps lt k title sprintf("layer %s", word(layers, k)), \
         0 with lines lt 8 notitle
}

set xlabel "log_{10} {/:Italic a} (active units)"
set xrange [-8:20]
set xtics 5
set ylabel "fraction of units"
rinits = "xavier he normal"
do for [p=1:3] {
    set title sprintf("ReLU, %s", word("Xavier He N(0,1)", p))
    if (p > 1) { unset ylabel }
    plot for [k=1:3] lg \
             using "log10_a":(pick("relu", word(rinits, p), \
                                   int(word(layers, k)))) \
             with histeps lt k notitle, \
         0 with lines lt 8 notitle
}
unset multiplot
