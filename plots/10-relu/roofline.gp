# roofline.gp - the roofline of chapter 10 (claim R3): nanoseconds per
# element against the array size, on one thread, for the widest build
# this processor runs (roofline.tsv), each activation beside the limit
# that moves the same bytes: the copy loop forward (left), the product
# dz = dy a backward (right). Where a curve lies on its limit the memory
# sets its speed; where it lies above, its arithmetic does. A build
# without the benchmark (make report BENCH=0) has a header and no rows:
# then two empty frames, one saying why.
# In print, text at 0.8 of style.gp's 11 pt (its pdfcairo terminal sets
# text at half size), and butt line ends with dashes twice as long, so
# that the dash patterns stay visible. The web's SVG keeps style.gp's.
if (fmt eq "pdf") {
    set terminal pdfcairo fontscale 0.8 butt dashlength 2
}
set output outfile
data = datadir . "/roofline.tsv"
caches = datadir . "/caches.tsv"
rows(f) = int(system("cat '" . f . "' 2>/dev/null | awk 'END { print NR }'"))
measured = rows(data) > 1

set logscale xy
set xrange [3000:5e8]
# Up to 30 ns, so that the key has the top of each panel to itself,
# above the curves (none exceeds 3 ns on the machines we know).
set yrange [0.01:30]
set ytics ("0.01" 0.01, "0.1" 0.1, "1" 1, "10" 10)
set xtics ("4K" 4096, "64K" 65536, "1M" 1048576, "16M" 16777216, \
           "256M" 268435456) nomirror
set format y "%g"
set xlabel "array size (bytes)" offset 0,0.6
set key top left Left reverse nobox noopaque samplen 3 spacing 0.9 \
    maxrows 3 width -2

# The limit thick, grey and without markers; ReLU solid with filled
# circles, the sigmoid dashed with squares, tanh dotted with triangles;
# the derivatives from z likewise, those from the output y, "(y)",
# dash-dotted with open squares and long-dashed with open triangles.
limit = 'lines lt 8 dt solid lw 4'
relu = 'linespoints lt 1 pt 7 ps 0.45'
sigm = 'linespoints lt 2 pt 5 ps 0.4'
tanh_ = 'linespoints lt 3 pt 9 ps 0.5'
sigm_y = 'linespoints lt 4 pt 4 ps 0.45'
tanh_y = 'linespoints lt 6 pt 8 ps 0.5'
# Where input and output together fill each cache (when it is known).
marks = 'caches using "bytes":"top" with impulses lt 8 notitle,'
if (rows(caches) <= 1) { marks = '' }

set multiplot
set tmargin at screen 0.9
set bmargin at screen 0.25
set title offset 0,-0.6
set lmargin at screen 0.08
set rmargin at screen 0.52
set ylabel "ns per element"
set title "forward: y = g(z)"
if (measured) {
    plot @marks data using "size_bytes":"copy" with @limit title "copy", \
         data using "size_bytes":"relu" with @relu title "ReLU", \
         data using "size_bytes":"sigmoid" with @sigm title "sigmoid", \
         data using "size_bytes":"tanh" with @tanh_ title "tanh"
} else {
    set label 1 "benchmark not run\nin this build" at graph 0.5, 0.5 center
    plot 1e10 notitle
}
set lmargin at screen 0.555
set rmargin at screen 0.99
unset ylabel
set ytics ("" 0.01, "" 0.1, "" 1, "" 10)
# Titles with a prime are variables: the macros' expansion would take
# the prime for a quote.
unset label 1
set title "backward: dz = dy g'"
t_relu = "ReLU'"
t_sigm = "sigmoid'"
t_tanh = "tanh'"
t_sigm_y = "sigmoid' (y)"
t_tanh_y = "tanh' (y)"
if (measured) {
    plot @marks data using "size_bytes":"mul" with @limit title "product", \
         data using "size_bytes":"relu_back" with @relu title t_relu, \
         data using "size_bytes":"sigmoid_back" with @sigm \
             title t_sigm, \
         data using "size_bytes":"tanh_back" with @tanh_ \
             title t_tanh, \
         data using "size_bytes":"sigmoid_back_y" with @sigm_y \
             title t_sigm_y, \
         data using "size_bytes":"tanh_back_y" with @tanh_y \
             title t_tanh_y
} else {
    plot 1e10 notitle
}
unset multiplot
