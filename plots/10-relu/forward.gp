# forward.gp - nanoseconds per element of the forward pass against the
# array size, for ReLU, sigmoid and tanh, each compiled four ways, with
# the copy loop (the memory's limit) in every panel (claim R3), on one
# thread. Bars span the repeated runs; the grey ticks mark the sizes at
# which input and output fill each cache. The panels, the styles and the
# frames of a build without the benchmark: bench_axes.gpi.
data = datadir . "/forward.tsv"
load "plots/10-relu/bench_axes.gpi"
if (measured) {
    @p1
    set title "ReLU"
    plot @marks data using "size_bytes":"copy" with @limit title "copy", \
         data using "size_bytes":"relu_scalar":"relu_scalar_lo": \
             "relu_scalar_hi" with @scalar title "scalar", \
         data using "size_bytes":"relu_vec":"relu_vec_lo":"relu_vec_hi" \
             with @vec title "vec", \
         data using "size_bytes":"relu_avx2":"relu_avx2_lo": \
             "relu_avx2_hi" with @avx2 title "avx2", \
         data using "size_bytes":"relu_avx512":"relu_avx512_lo": \
             "relu_avx512_hi" with @avx512 title "avx512"
    unset ylabel
    unset key
    set format y ""
    @p2
    set title "sigmoid"
    plot @marks data using "size_bytes":"copy" with @limit notitle, \
         data using "size_bytes":"sigmoid_scalar":"sigmoid_scalar_lo": \
             "sigmoid_scalar_hi" with @scalar notitle, \
         data using "size_bytes":"sigmoid_vec":"sigmoid_vec_lo": \
             "sigmoid_vec_hi" with @vec notitle, \
         data using "size_bytes":"sigmoid_avx2":"sigmoid_avx2_lo": \
             "sigmoid_avx2_hi" with @avx2 notitle, \
         data using "size_bytes":"sigmoid_avx512":"sigmoid_avx512_lo": \
             "sigmoid_avx512_hi" with @avx512 notitle
    @p3
    set title "tanh"
    plot @marks @mark_names @note \
         data using "size_bytes":"copy" with @limit notitle, \
         data using "size_bytes":"tanh_scalar":"tanh_scalar_lo": \
             "tanh_scalar_hi" with @scalar notitle, \
         data using "size_bytes":"tanh_vec":"tanh_vec_lo":"tanh_vec_hi" \
             with @vec notitle, \
         data using "size_bytes":"tanh_avx2":"tanh_avx2_lo": \
             "tanh_avx2_hi" with @avx2 notitle, \
         data using "size_bytes":"tanh_avx512":"tanh_avx512_lo": \
             "tanh_avx512_hi" with @avx512 notitle
}
unset multiplot
