# excerpt of https://github.com/olitreadwell/flask-sqlalchemy-postgres-api-template@fe767a493981:server/routes/product_routes.py
from flask import Blueprint, jsonify, make_response

from models import Product

from sqlalchemy.sql.expression import func

def get_all_products():
    products = []

    all_products = Product.query.all()
    all_products = sorted(all_products, key=lambda product: product.id)

    for product in all_products:
        product_dict = product.to_dict()
        products.append(product_dict)

    response = make_response(
        jsonify(products), 200, {"Content-Type": "application/json"}
    )

    return response

def get_product_by_id(id):
    product = Product.query.filter(Product.id == id).first()

    if not product:
        response = make_response(
            jsonify({"error": f"Product with id {id} not found"}),
            404,
            {"Content-Type": "application/json"},
        )
    else:
        product_dict = product.to_dict()

        response = make_response(
            jsonify(product_dict), 200, {"Content-Type": "application/json"}
        )

    return response

def get_random_product():
    product = Product.query.order_by(func.random()).first()

    if not product:
        response_body = {"error": "No products found"}
    else:
        product_dict = product.to_dict()
        response_body = product_dict

    response = make_response(
        jsonify(response_body), 200, {"Content-Type": "application/json"}
    )

    return response

def get_random_products(num_of_products):
    returned_products = []

    random_products = Product.query.order_by(func.random()).limit(num_of_products)
    random_products = sorted(random_products, key=lambda product: product.id)

    for product in random_products:
        product_dict = product.to_dict()
        returned_products.append(product_dict)

    response = make_response(
        jsonify(returned_products), 200, {"Content-Type": "application/json"}
    )

    return response
