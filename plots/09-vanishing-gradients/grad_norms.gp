# grad_norms.gp - the backpropagated gradient's norm at every hidden layer,
# relative to the last one, for each activation and initialisation
# (median over the seeds), with the bound of claim V1 for the sigmoid.
# One panel per activation; rows of other activations read as NaN.
eval figsize(8)
set output outfile
file = datadir."/grad_summary.tsv"
inits = "small normal xavier he"
names = "small N(0,1) Xavier He"
# Column c of the rows of activation a and the k-th initialisation.
pick(a, k, c) = strcol("act") eq a && strcol("init") eq word(inits, k) \
                ? column(c) : NaN

set multiplot layout 1,3 margins 0.09, 0.99, 0.14, 0.86 spacing 0.02, 0
set logscale y
set yrange [1e-36:1e18]
set ytics 1e-40, 1e10 format "10^{%L}"
set mytics 10
set xlabel "hidden layer"
set xrange [1:*]
set key top left Left reverse samplen 1.5 width -1 font ",9"

set title "sigmoid"
set ylabel "||dL/d{/:Italic z}|| relative to the last layer"
plot for [k=1:4] file using "layer":(pick("sigmoid", k, "median")) \
         with lines lt k title word(names, k), \
     for [k=1:4] file using "layer":(pick("sigmoid", k, "bound")) \
         with lines lt k lw 0.8 dt (2, 3) title (k == 1 ? "bound" : "")
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
