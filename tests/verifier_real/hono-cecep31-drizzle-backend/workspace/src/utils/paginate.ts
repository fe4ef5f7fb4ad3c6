// excerpt of https://github.com/cecep31/honobackend@b372b1e48765:src/utils/paginate.ts
