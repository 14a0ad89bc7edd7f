# function.gp - tanh beside the line y = z, and the derivatives of tanh
# and of the sigmoid (claims T1 and T3).
# In print, text at 0.8 of style.gp's 11 pt (its pdfcairo terminal sets
# text at half size), and butt line ends with dashes twice as long, so
# that the dash patterns stay visible (round ends fill short gaps). The
# web's SVG keeps style.gp's.
if (fmt eq "pdf") {
    set terminal pdfcairo fontscale 0.8 butt dashlength 2
}
set output outfile
set xlabel "{/:Italic z}"
set xrange [-4:4]
set yrange [-1.15:1.15]
set ytics 0.5
set key bottom right maxrows 2
plot datadir."/function.tsv" using "z":"z" with lines lt 8 \
         title "{/:Italic z}", \
     "" using "z":"tanh" with lines lt 1 title "tanh {/:Italic z}", \
     "" using "z":"tanh_prime" with lines lt 2 \
         title "tanh'({/:Italic z})", \
     "" using "z":"sigmoid_prime" with lines lt 3 \
         title "{/:Italic s}'({/:Italic z})"
