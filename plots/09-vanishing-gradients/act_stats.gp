# act_stats.gp - activation statistics per hidden layer (median over the
# seeds): top, the spread (standard deviation) of the activations; bottom,
# the fraction of saturated units, whose g' is below a tenth of its
# maximum (for ReLU: the units that are exactly 0).
eval figsize(11)
# In print, cairo sets text at 2/3 of the size asked for, so the PDF asks
# for 14, as grad_norms.gp does: at 11 the ticks printed at about 5 pt.
# The web's SVG keeps style.gp's.
if (fmt eq "pdf") {
    set terminal pdfcairo font "Latin Modern Roman,14" butt dashlength 2
}
keyfont = fmt eq "pdf" ? ",13" : ",9"
set output outfile
file = datadir."/act_stats.tsv"
acts = "sigmoid tanh relu"
titles = "sigmoid tanh ReLU"
inits = "small normal xavier he"
names = "small N(0,1) Xavier He"
# Column c of the rows of activation a and the k-th initialisation.
pick(a, k, c) = strcol("act") eq a && strcol("init") eq word(inits, k) \
                ? column(c) : NaN

set multiplot layout 2,3 margins 0.1, 0.99, 0.14, 0.91 spacing 0.06, 0.07
set xrange [1:*]
set format x ""
# The bounded activations on a linear axis, where Xavier's slow decline
# shows; ReLU's spread grows or shrinks geometrically, so on a log axis.
do for [p=1:3] {
    set title word(titles, p)
    if (p == 3) {
        set logscale y
        set yrange [1e-28:1e18]
        set ytics 1e-40, 1e10 format "10^{%L}"
        set mytics 10
    } else {
        set yrange [0:1]
        set ytics 0, 0.25 format (p == 1 ? "%g" : "")
    }
    if (p == 1) {
        set ylabel "spread of {/:Italic a} (std)"
        set key at graph 0.98, 0.98 right Left reverse samplen 1.5 \
            width -1 font keyfont
    } else {
        unset ylabel
        unset key
    }
    plot for [k=1:4] file using "layer":(pick(word(acts, p), k, "std")) \
             with lines lt k title word(names, k)
}
unset logscale y
set yrange [0:1]
set ytics 0, 0.25 format "%g"
set mytics 1
set format x "%g"
set xlabel "hidden layer"
unset title
do for [p=1:3] {
    if (p == 1) {
        set ylabel "fraction saturated"
    } else {
        unset ylabel
        set ytics format ""
    }
    plot for [k=1:4] file \
             using "layer":(pick(word(acts, p), k, "saturated")) \
             with lines lt k notitle
}
unset multiplot
