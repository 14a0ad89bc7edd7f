# backward.gp - nanoseconds per element of the backward pass against the
# array size, dz = dy g'(z), for ReLU, sigmoid and tanh, each compiled
# three ways, and for sigmoid and tanh also from the output y (claim R3).
# The grey line is the memory's limit for this pass: the product dz = dy a,
# which moves the same 12 bytes per element. Bars span the repeated runs;
# the grey ticks mark the sizes at which input and output fill each
# cache.
eval figsize(7.5)
set output outfile
set logscale xy
set xrange [3000:1e9]
set yrange [0.03:300]
set xtics ("4K" 4096, "256K" 262144, "16M" 16777216) nomirror
set format y "%g"
set key top left nobox samplen 1.5 spacing 1
set multiplot layout 1,3 margins 0.09,0.99,0.16,0.9 spacing 0.015,0
set xlabel "array size (bytes)"
set ylabel "ns per element"
caches = datadir."/caches.tsv"
notes = datadir."/note.tsv"
data = datadir."/backward.tsv"
set title "ReLU"
plot caches using "bytes":"top" with impulses lt 8 notitle, \
     data using "size_bytes":"mul" with lines lt 8 lw 1.6 title "product", \
     data using "size_bytes":"relu_scalar": \
         "relu_scalar_lo":"relu_scalar_hi" \
         with yerrorlines lt 4 pt 7 ps 0.3 title "scalar", \
     data using "size_bytes":"relu_vec": \
         "relu_vec_lo":"relu_vec_hi" \
         with yerrorlines lt 1 pt 7 ps 0.3 title "vec", \
     data using "size_bytes":"relu_avx2": \
         "relu_avx2_lo":"relu_avx2_hi" \
         with yerrorlines lt 3 pt 7 ps 0.3 title "avx2"
unset ylabel
unset key
set format y ""
set title "sigmoid"
set key top left nobox samplen 1.5
plot caches using "bytes":"top" with impulses lt 8 notitle, \
     data using "size_bytes":"mul" with lines lt 8 lw 1.6 notitle, \
     data using "size_bytes":"sigmoid_scalar": \
         "sigmoid_scalar_lo":"sigmoid_scalar_hi" \
         with yerrorlines lt 4 pt 7 ps 0.3 notitle, \
     data using "size_bytes":"sigmoid_vec": \
         "sigmoid_vec_lo":"sigmoid_vec_hi" \
         with yerrorlines lt 1 pt 7 ps 0.3 notitle, \
     data using "size_bytes":"sigmoid_avx2": \
         "sigmoid_avx2_lo":"sigmoid_avx2_hi" \
         with yerrorlines lt 3 pt 7 ps 0.3 notitle, \
     data using "size_bytes":"sigmoid_y_vec": \
         "sigmoid_y_vec_lo":"sigmoid_y_vec_hi" \
         with yerrorlines lt 2 pt 7 ps 0.3 title "vec, from y"
set title "tanh"
unset key
plot caches using "bytes":"top" with impulses lt 8 notitle, \
     caches using "bytes":"top":"label" with labels offset 0,0.6 \
         font ",8" notitle, \
     notes using "x":"y":"note" with labels left font ",7" notitle, \
     data using "size_bytes":"mul" with lines lt 8 lw 1.6 notitle, \
     data using "size_bytes":"tanh_scalar": \
         "tanh_scalar_lo":"tanh_scalar_hi" \
         with yerrorlines lt 4 pt 7 ps 0.3 notitle, \
     data using "size_bytes":"tanh_vec": \
         "tanh_vec_lo":"tanh_vec_hi" \
         with yerrorlines lt 1 pt 7 ps 0.3 notitle, \
     data using "size_bytes":"tanh_avx2": \
         "tanh_avx2_lo":"tanh_avx2_hi" \
         with yerrorlines lt 3 pt 7 ps 0.3 notitle, \
     data using "size_bytes":"tanh_y_vec": \
         "tanh_y_vec_lo":"tanh_y_vec_hi" \
         with yerrorlines lt 2 pt 7 ps 0.3 notitle
unset multiplot
