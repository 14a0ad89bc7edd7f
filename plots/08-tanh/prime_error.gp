# prime_error.gp - relative errors against a long double reference, along
# z (claim T2). Top: four forms of tanh'(z) and a central difference.
# Bottom: tanh(z) from libm, from the identity 2 s(2z) - 1, and from the
# printed quotient, for z > 0 on a log scale, where small z shows.
eval figsize(13)
# In print, text at 0.8 of style.gp's 11 pt (its pdfcairo terminal sets
# text at half size), and butt line ends with dashes twice as long, so
# that the dash patterns stay visible (round ends fill short gaps). The
# web's SVG keeps style.gp's.
if (fmt eq "pdf") {
    set terminal pdfcairo fontscale 0.8 butt dashlength 2
}
set output outfile
set multiplot layout 2,1
set logscale y
set format y "10^{%L}"
# Headroom above 1 for the key, so that it hides no point.
set yrange [1e-19:1e16]
set ytics 1e-18, 1e6
set key top left maxrows 2 width -2
set xlabel "{/:Italic z}"
set ylabel "relative error of tanh'({/:Italic z})"
plot datadir."/prime_error.tsv" using "z":"central" with points \
         pt 2 ps 0.3 lt 4 title "central difference", \
     "" using "z":"square" with points pt 6 ps 0.5 lt 2 \
         title "1 - tanh^2", \
     "" using "z":"output" with points pt 7 ps 0.2 lt 5 \
         title "fma(-{/:Italic y}, {/:Italic y}, 1)", \
     "" using "z":"quotient" with points pt 8 ps 0.3 lt 3 \
         title "4 / (e^{/:Italic z} + e^{-{/:Italic z}})^2", \
     "" using "z":"library" with points pt 5 ps 0.25 lt 1 \
         title "library"
set xlabel "{/:Italic z}"
set ylabel "relative error of tanh {/:Italic z}"
set logscale x
set format x "10^{%L}"
set xrange [1e-8:100]
set xtics 1e-8, 10
set yrange [1e-19:1e-2]
set ytics 1e-18, 1e3
set key top right maxrows 3 width -2
plot datadir."/tanh_error.tsv" using "z":"printed" with points \
         pt 8 ps 0.3 lt 3 title "(e^{/:Italic z} - e^{-{/:Italic z}}) / "\
         ."(e^{/:Italic z} + e^{-{/:Italic z}})", \
     "" using "z":"identity" with points pt 6 ps 0.4 lt 2 \
         title "2{/:Italic s}(2{/:Italic z}) - 1", \
     "" using "z":"libm" with points pt 7 ps 0.25 lt 1 title "libm tanh"
unset multiplot
