# grad_norms.gp - the backpropagated gradient's norm at every hidden layer,
# relative to the last one, for each activation and initialisation
# (median over the seeds), with the bound of claim V1 for the sigmoid.
# One panel per activation; rows of other activations read as NaN.
eval figsize(8.5)
# In print, cairo sets text at 2/3 of the size asked for, so the PDF asks
# for 14; butt line ends and dashes twice as long keep the patterns
# visible (round ends fill short gaps). The web's SVG keeps style.gp's.
if (fmt eq "pdf") {
    set terminal pdfcairo font "Latin Modern Roman,14" butt dashlength 2
}
# The key's text: 8.7 pt in print, as style.gp's figures have it on the web.
keyfont = fmt eq "pdf" ? ",13" : ",9"
set output outfile
file = datadir."/grad_summary.tsv"
inits = "small normal xavier he"
names = "small N(0,1) Xavier He"
# Column c of the rows of activation a and the k-th initialisation.
pick(a, k, c) = strcol("act") eq a && strcol("init") eq word(inits, k) \
                ? column(c) : NaN

set multiplot layout 1,3 margins 0.11, 0.98, 0.19, 0.90 spacing 0.035, 0
set logscale y
set yrange [1e-36:1e18]
set ytics 1e-40, 1e10 format "10^{%L}"
unset mytics
set xlabel "hidden layer"
set xrange [1:*]
set xtics 5
set mxtics 5
# Samples long enough to show each dash pattern (style.gp), which tell
# the initialisations apart in grey print as well as the colours do.
set key bottom right Left reverse samplen 3.5 width -2 font keyfont

set title "sigmoid"
set ylabel "||dL/d{/:Italic z}|| relative to the last layer"
plot for [k=1:4] file using "layer":(pick("sigmoid", k, "median")) \
         with lines lt k title word(names, k), \
     for [k=1:4] file using "layer":(pick("sigmoid", k, "bound")) \
         with lines lt k lw 0.5 dt solid title (k == 1 ? "bounds" : "")
set title "tanh"
unset ylabel
set format y ""
unset key
plot for [k=1:4] file using "layer":(pick("tanh", k, "median")) \
         with lines lt k
set title "ReLU"
plot for [k=1:4] file using "layer":(pick("relu", k, "median")) \
         with lines lt k
unset multiplot
