// excerpt of https://github.com/Faeshal/nodets-layered-architecture@e1d9e1f5ba6e:src/interfaces/income.ts
