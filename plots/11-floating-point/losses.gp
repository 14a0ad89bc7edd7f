# losses.gp - the relative error of the naive and the stable forms of
# log s(z), softplus and the binary cross-entropy from the logit z,
# computed in float, against a long double reference (claim F5). As in
# functions.gp: the worst of 64 floats per bin of |z|, NaN and infinity
# on the top line, exact zeros not drawn, z < 0 on the left.
load "plots/11-floating-point/error_axes.gpi"

set multiplot
@top; @left
set title "{/:Italic z} < 0" offset 0, -0.6
set ylabel "relative error"
set key at graph 0.98, 0.9 right top Left reverse width -1
plot datadir."/losses_neg.tsv" using "abs_z":"log_sigmoid_naive" \
         with lines lt 2 title "log(1/(1 + e^{-z}))", \
     "" using "abs_z":"softplus_naive" with lines lt 3 \
         title "log(1 + e^{z})", \
     "" using "abs_z":"log_sigmoid_stable" with lines lt 1 \
         title "stable log s(z)", \
     "" using "abs_z":"softplus_stable" with lines lt 6 \
         title "stable softplus"
@right
set title "{/:Italic z} > 0"
plot datadir."/losses_pos.tsv" using "abs_z":"log_sigmoid_naive" \
         with lines lt 2, \
     "" using "abs_z":"softplus_naive" with lines lt 3, \
     "" using "abs_z":"log_sigmoid_stable" with lines lt 1, \
     "" using "abs_z":"softplus_stable" with lines lt 6

unset title
@bottom; @left
set ylabel "relative error"
set xlabel "logit {/:Italic z}"
set key at graph 0.98, 0.9 right top Left reverse width -1
plot datadir."/losses_neg.tsv" using "abs_z":"bce1_naive" with lines lt 2 \
         title "naive, label 1", \
     "" using "abs_z":"bce0_naive" with lines lt 3 title "naive, label 0", \
     "" using "abs_z":"bce1_stable" with lines lt 1 title "stable, label 1", \
     "" using "abs_z":"bce0_stable" with lines lt 6 title "stable, label 0"
@right
plot datadir."/losses_pos.tsv" using "abs_z":"bce1_naive" with lines lt 2, \
     "" using "abs_z":"bce0_naive" with lines lt 3, \
     "" using "abs_z":"bce1_stable" with lines lt 1, \
     "" using "abs_z":"bce0_stable" with lines lt 6
unset multiplot
