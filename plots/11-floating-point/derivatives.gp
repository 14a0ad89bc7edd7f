# derivatives.gp - the relative error of the forms of s'(z) and tanh'(z)
# computed in float, against a long double reference, along z on a log
# scale (claims F1, F4). As in functions.gp: the worst of 64 floats per
# bin of |z|, NaN and infinity on the top line, exact zeros not drawn,
# z < 0 on the left.
load "plots/11-floating-point/error_axes.gpi"

set multiplot
@top; @left
set title "{/:Italic z} < 0" offset 0, -0.6
set ylabel "relative error of {/:Italic s}'({/:Italic z})"
set key at graph 0.98, 0.9 right top Left reverse width -2
plot datadir."/derivatives_neg.tsv" using "abs_z":"sprime_textbook" \
         with lines lt 2 title "e^{-z}/(1 + e^{-z})^2", \
     "" using "abs_z":"sprime_output" with lines lt 3 \
         title "y(1 - y), y = s(z)", \
     "" using "abs_z":"sprime_library" with lines lt 1 title "library"
@right
set title "{/:Italic z} > 0"
plot datadir."/derivatives_pos.tsv" using "abs_z":"sprime_textbook" \
         with lines lt 2, \
     "" using "abs_z":"sprime_output" with lines lt 3, \
     "" using "abs_z":"sprime_library" with lines lt 1

unset title
@bottom; @left
set ylabel "relative error of tanh'({/:Italic z})"
set xlabel "{/:Italic z}"
set key at graph 0.98, 0.9 right top Left reverse width -1
plot datadir."/derivatives_neg.tsv" using "abs_z":"tprime_textbook" \
         with lines lt 2 title "4/(e^{z} + e^{-z})^2", \
     "" using "abs_z":"tprime_output" with lines lt 3 \
         title "1 - y^2, y = tanh(z)", \
     "" using "abs_z":"tprime_factored" with lines lt 4 \
         title "(1 - y)(1 + y)", \
     "" using "abs_z":"tprime_library" with lines lt 1 title "library"
@right
plot datadir."/derivatives_pos.tsv" using "abs_z":"tprime_textbook" \
         with lines lt 2, \
     "" using "abs_z":"tprime_output" with lines lt 3, \
     "" using "abs_z":"tprime_factored" with lines lt 4, \
     "" using "abs_z":"tprime_library" with lines lt 1
unset multiplot
