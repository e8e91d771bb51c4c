print("plancite")
