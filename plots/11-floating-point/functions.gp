# functions.gp - the relative error of three forms of s(z) and three of
# tanh(z), computed in float, against a long double reference, along z on
# a log scale (claim F1). Each point is the worst of 64 floats in a bin of
# |z|; NaN and infinity are drawn on the top line, errors of exactly 0 are
# not drawn. Left panels: z < 0, mirrored so that z grows to the right.
load "plots/11-floating-point/error_axes.gpi"

set multiplot
# ---- top row: s(z)
@top; @left
set title "{/:Italic z} < 0" offset 0, -0.6
set ylabel "relative error of {/:Italic s}({/:Italic z})"
set key at graph 0.98, 0.9 right top Left reverse width -1
plot datadir."/functions_neg.tsv" using "abs_z":"sigmoid_textbook" \
         with lines lt 2 title "1/(1 + e^{-z})", \
     "" using "abs_z":"sigmoid_ratio" with lines lt 3 \
         title "e^{z}/(1 + e^{z})", \
     "" using "abs_z":"sigmoid_library" with lines lt 1 title "library"
@right
set title "{/:Italic z} > 0"
plot datadir."/functions_pos.tsv" using "abs_z":"sigmoid_textbook" \
         with lines lt 2, \
     "" using "abs_z":"sigmoid_ratio" with lines lt 3, \
     "" using "abs_z":"sigmoid_library" with lines lt 1

# ---- bottom row: tanh(z)
unset title
@bottom; @left
set ylabel "relative error of tanh({/:Italic z})"
set xlabel "{/:Italic z}"
set key at graph 0.02, 0.9 left top Left reverse width -6
plot datadir."/functions_neg.tsv" using "abs_z":"tanh_textbook" \
         with lines lt 2 title "(e^{z} - e^{-z})/(e^{z} + e^{-z})", \
     "" using "abs_z":"tanh_exp2" with lines lt 3 \
         title "(e^{2z} - 1)/(e^{2z} + 1)", \
     "" using "abs_z":"tanh_library" with lines lt 1 title "library"
@right
plot datadir."/functions_pos.tsv" using "abs_z":"tanh_textbook" \
         with lines lt 2, \
     "" using "abs_z":"tanh_exp2" with lines lt 3, \
     "" using "abs_z":"tanh_library" with lines lt 1
unset multiplot
