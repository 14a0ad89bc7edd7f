# function.gp - tanh beside the line y = z, and the derivatives of tanh
# and of the sigmoid (claims T1 and T3).
set xlabel "{/:Italic z}"
set xrange [-4:4]
set yrange [-1.15:1.15]
set ytics 0.5
set key bottom right
plot datadir."/function.tsv" using "z":"z" with lines lt 8 \
         title "{/:Italic z}", \
     "" using "z":"tanh" with lines lt 1 title "tanh {/:Italic z}", \
     "" using "z":"tanh_prime" with lines lt 2 \
         title "tanh'({/:Italic z})", \
     "" using "z":"sigmoid_prime" with lines lt 3 \
         title "{/:Italic s}'({/:Italic z})"
